package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	next := func() int64 {
		sc.Scan()
		v, _ := strconv.ParseInt(sc.Text(), 10, 64)
		return v
	}
	n, k := next(), next()
	window := make([]int64, k) // ring buffer of the last k readings
	var total, best int64
	for i := int64(0); i < n; i++ {
		value := next()
		slot := i % k
		total += value - window[slot]
		window[slot] = value
		if i == k-1 || (i >= k && total > best) {
			best = total
		}
	}
	fmt.Println(best)
}
