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
	next := func() int {
		sc.Scan()
		v, _ := strconv.Atoi(sc.Text())
		return v
	}
	n, k := next(), next()
	window := make([]int, k)  // ring buffer of the last k values
	counts := map[int]int{}   // occurrences of each value in the window
	var total int64
	for i := 0; i < n; i++ {
		value := next()
		slot := i % k
		if i >= k {
			leaving := window[slot]
			counts[leaving]--
			if counts[leaving] == 0 {
				delete(counts, leaving)
			}
		}
		window[slot] = value
		counts[value]++
		if i >= k-1 {
			total += int64(len(counts))
		}
	}
	fmt.Println(total)
}
