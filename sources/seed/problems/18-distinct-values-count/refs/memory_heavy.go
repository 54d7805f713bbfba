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
	n := 0
	if len(fields) > 0 {
		n, _ = strconv.Atoi(fields[0])
	}
	values := make([]int64, n)
	for i := 0; i < n; i++ {
		values[i], _ = strconv.ParseInt(fields[1+i], 10, 64)
	}
	sort.Slice(values, func(a, b int) bool { return values[a] < values[b] })
	count := 0
	for i := range values {
		if i == 0 || values[i] != values[i-1] {
			count++
		}
	}
	fmt.Println(count)
}
