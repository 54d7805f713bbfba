package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	next := func() int64 {
		sc.Scan()
		v, _ := strconv.ParseInt(sc.Text(), 10, 64)
		return v
	}
	n := int(next())
	limit := next()
	values := make([]int64, n)
	for i := range values {
		values[i] = next()
	}
	sort.Slice(values, func(a, b int) bool { return values[a] < values[b] })
	var pairs int64
	low, high := 0, n-1
	for low < high {
		if values[low]+values[high] <= limit {
			// values[low] pairs with every value from low+1 to high
			pairs += int64(high - low)
			low++
		} else {
			high--
		}
	}
	fmt.Println(pairs)
}
