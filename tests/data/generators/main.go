package main

import (
	"bufio"
	"fmt"
	"os"
)

func above(v int64, k int64) bool { return v > k }

// countBig counts and sums the values above k.
func countBig(values []int64, k int64) (int, int64) {
	count := 0
	var total int64 = 0
	for i := 0; i < len(values); i++ {
		if above(values[i], k) {
			count++
			total = total + values[i]
		}
	}
	return count, total
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n int
	var k int64
	fmt.Fscan(reader, &n, &k)
	values := make([]int64, n)
	for i := range values {
		fmt.Fscan(reader, &values[i])
	}
	count, total := countBig(values, k)
	fmt.Println(count, total)
}
