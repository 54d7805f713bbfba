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
	n := next()
	counts := make(map[int]int) // only the readings seen, never the whole log
	for i := 0; i < n; i++ {
		counts[next()]++
	}
	best, bestCount := -1, 0
	for value, count := range counts {
		if count > bestCount || (count == bestCount && value < best) {
			best, bestCount = value, count
		}
	}
	fmt.Println(best, bestCount)
}
