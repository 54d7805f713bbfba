package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	data, _ := io.ReadAll(os.Stdin)
	fields := strings.Fields(string(data))
	n, _ := strconv.Atoi(fields[0])
	values := make([]int64, n)
	for i := 0; i < n; i++ {
		values[i], _ = strconv.ParseInt(fields[1+i], 10, 64)
	}
	sort.Slice(values, func(a, b int) bool { return values[a] < values[b] })
	bestValue, bestCount, run := values[0], 0, 0
	for i, v := range values {
		if i > 0 && v == values[i-1] {
			run++
		} else {
			run = 1
		}
		if run > bestCount {
			bestValue, bestCount = v, run
		}
	}
	fmt.Println(bestValue, bestCount)
}
