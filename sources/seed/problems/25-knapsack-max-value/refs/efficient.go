package main

import (
	"bufio"
	"fmt"
	"os"
)

// bestValue: best[c] = best value within capacity c; walk c downwards so each item is used at most once.
func bestValue(weights, values []int64, capacity int64) int64 {
	best := make([]int64, capacity+1)
	for i := range weights {
		for c := capacity; c >= weights[i]; c-- {
			if candidate := best[c-weights[i]] + values[i]; candidate > best[c] {
				best[c] = candidate
			}
		}
	}
	return best[capacity]
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n int
	var capacity int64
	fmt.Fscan(reader, &n, &capacity)
	weights := make([]int64, n)
	values := make([]int64, n)
	for i := 0; i < n; i++ {
		fmt.Fscan(reader, &weights[i], &values[i])
	}
	fmt.Println(bestValue(weights, values, capacity))
}
