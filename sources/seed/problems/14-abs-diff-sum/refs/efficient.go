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
	values := make([]int64, n)
	for i := range values {
		values[i] = next()
	}
	sort.Slice(values, func(a, b int) bool { return values[a] < values[b] })
	var total, prefix int64
	for position, value := range values {
		// value is at least every earlier (smaller) value in sorted order
		total += value*int64(position) - prefix
		prefix += value
	}
	fmt.Println(total)
}
