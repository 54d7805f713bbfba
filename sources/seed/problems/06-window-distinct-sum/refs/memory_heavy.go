package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	// Keeps the whole input text, its fields, every value and every window's count in memory.
	text, _ := io.ReadAll(os.Stdin)
	fields := strings.Fields(string(text))
	n, _ := strconv.Atoi(fields[0])
	k, _ := strconv.Atoi(fields[1])
	values := make([]int, n)
	for i := range values {
		values[i], _ = strconv.Atoi(fields[2+i])
	}
	counts := map[int]int{}
	distinct := []int{}
	for i := 0; i < n; i++ {
		if i >= k {
			counts[values[i-k]]--
			if counts[values[i-k]] == 0 {
				delete(counts, values[i-k])
			}
		}
		counts[values[i]]++
		if i >= k-1 {
			distinct = append(distinct, len(counts))
		}
	}
	var total int64
	for _, d := range distinct {
		total += int64(d)
	}
	fmt.Println(total)
}
