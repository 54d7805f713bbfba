// Count the pairs i < j with a[i] > a[j].
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

const maxValue = 1000000

// fenwickTree keeps prefix counts over the values 1..maxValue, O(log) per update and query.
type fenwickTree []int32

func (tree fenwickTree) addOne(value int) {
	for i := value; i < len(tree); i += i & -i {
		tree[i]++
	}
}

func (tree fenwickTree) countAtMost(value int) int {
	total := 0
	for i := value; i > 0; i -= i & -i {
		total += int(tree[i])
	}
	return total
}

// countInversions pairs each value with every earlier value that is larger.
func countInversions(sequence []int) int64 {
	seen := make(fenwickTree, maxValue+1)
	var inversions int64
	for seenSoFar, value := range sequence {
		inversions += int64(seenSoFar - seen.countAtMost(value))
		seen.addOne(value)
	}
	return inversions
}

func readSequence() []int {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	nextNumber := func() int {
		scanner.Scan()
		number, _ := strconv.Atoi(scanner.Text())
		return number
	}
	sequence := make([]int, nextNumber())
	for i := range sequence {
		sequence[i] = nextNumber()
	}
	return sequence
}

func main() {
	fmt.Println(countInversions(readSequence()))
}
