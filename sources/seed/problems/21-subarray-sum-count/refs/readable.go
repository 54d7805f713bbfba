// Readable reference: the same prefix-sum algorithm as efficient, kept for the readability pair.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

// countSubarraysWithSum uses prefix sums: a subarray (i, j] sums to target
// exactly when prefix[j] - prefix[i] == target.
func countSubarraysWithSum(values []int64, target int64) int64 {
	seenPrefixCounts := map[int64]int64{0: 1} // the empty prefix
	var prefix, matches int64
	for _, value := range values {
		prefix += value
		matches += seenPrefixCounts[prefix-target]
		seenPrefixCounts[prefix]++
	}
	return matches
}

func main() {
	scanner := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	nextInt := func() int64 {
		scanner.Scan()
		v, _ := strconv.ParseInt(scanner.Text(), 10, 64)
		return v
	}
	n := int(nextInt())
	target := nextInt()
	values := make([]int64, n)
	for i := range values {
		values[i] = nextInt()
	}
	fmt.Println(countSubarraysWithSum(values, target))
}
