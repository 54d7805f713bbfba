// Length of the longest strictly increasing subsequence.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
)

func readSequence() []int64 {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	nextNumber := func() int64 {
		scanner.Scan()
		number, _ := strconv.ParseInt(scanner.Text(), 10, 64)
		return number
	}
	sequence := make([]int64, nextNumber())
	for i := range sequence {
		sequence[i] = nextNumber()
	}
	return sequence
}

// longestIncreasingLength uses patience sorting: smallestTail[k] is the smallest
// last element of an increasing run of length k + 1.
func longestIncreasingLength(sequence []int64) int {
	smallestTail := []int64{}
	for _, value := range sequence {
		position := sort.Search(len(smallestTail), func(i int) bool { return smallestTail[i] >= value })
		if position == len(smallestTail) {
			smallestTail = append(smallestTail, value)
		} else {
			smallestTail[position] = value
		}
	}
	return len(smallestTail)
}

func main() {
	fmt.Println(longestIncreasingLength(readSequence()))
}
