package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	// Keeps the whole input text, its fields, every value and every window maximum in memory.
	text, _ := io.ReadAll(os.Stdin)
	fields := strings.Fields(string(text))
	n, _ := strconv.Atoi(fields[0])
	k, _ := strconv.Atoi(fields[1])
	values := make([]int64, n)
	for i := range values {
		values[i], _ = strconv.ParseInt(fields[2+i], 10, 64)
	}
	maxima := []int64{}
	candidates := []int{}
	for i := 0; i < n; i++ {
		if len(candidates) > 0 && candidates[0] <= i-k {
			candidates = candidates[1:]
		}
		for len(candidates) > 0 && values[candidates[len(candidates)-1]] <= values[i] {
			candidates = candidates[:len(candidates)-1]
		}
		candidates = append(candidates, i)
		if i >= k-1 {
			maxima = append(maxima, values[candidates[0]])
		}
	}
	var total int64
	for _, m := range maxima {
		total += m
	}
	fmt.Println(total)
}
