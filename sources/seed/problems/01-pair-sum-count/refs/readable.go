// Count the index pairs i < j whose values add up to the target.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func readInput() (values []int64, target int64) {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	nextNumber := func() int64 {
		scanner.Scan()
		number, _ := strconv.ParseInt(scanner.Text(), 10, 64)
		return number
	}
	count := nextNumber()
	target = nextNumber()
	values = make([]int64, count)
	for i := range values {
		values[i] = nextNumber()
	}
	return values, target
}

// countPairsWithSum pairs each value with every earlier value equal to its complement.
func countPairsWithSum(values []int64, target int64) int64 {
	seenSoFar := make(map[int64]int64)
	var pairs int64
	for _, value := range values {
		pairs += seenSoFar[target-value]
		seenSoFar[value]++
	}
	return pairs
}

func main() {
	values, target := readInput()
	fmt.Println(countPairsWithSum(values, target))
}
