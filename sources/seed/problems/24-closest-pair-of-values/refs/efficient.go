package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
)

// closestDifference sorts the values: the closest pair then sits next to each other.
func closestDifference(values []int64) int64 {
	sort.Slice(values, func(i, j int) bool { return values[i] < values[j] })
	best := values[1] - values[0]
	for i := 2; i < len(values); i++ {
		if values[i]-values[i-1] < best {
			best = values[i] - values[i-1]
		}
	}
	return best
}

func main() {
	scanner := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	scanner.Split(bufio.ScanWords)
	scanner.Scan()
	n, _ := strconv.Atoi(scanner.Text())
	values := make([]int64, n)
	for i := range values {
		scanner.Scan()
		values[i], _ = strconv.ParseInt(scanner.Text(), 10, 64)
	}
	fmt.Println(closestDifference(values))
}
