// Readable reference: the monotonic stack with named steps and comments (same algorithm as efficient).
package main

import (
	"bufio"
	"fmt"
	"os"
)

// nextGreaterSum scans from the right keeping a stack of candidates, strictly decreasing from bottom to top.
func nextGreaterSum(values []int64) int64 {
	candidates := []int64{}
	var total int64
	for i := len(values) - 1; i >= 0; i-- {
		value := values[i]
		for len(candidates) > 0 && candidates[len(candidates)-1] <= value {
			candidates = candidates[:len(candidates)-1] // hidden behind value for every position further left
		}
		if len(candidates) > 0 {
			total += candidates[len(candidates)-1]
		} else {
			total--
		}
		candidates = append(candidates, value)
	}
	return total
}

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<16)
	var n int
	fmt.Fscan(reader, &n)
	values := make([]int64, n)
	for i := range values {
		fmt.Fscan(reader, &values[i])
	}
	fmt.Println(nextGreaterSum(values))
}
