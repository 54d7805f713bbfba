package main

import (
	"bufio"
	"fmt"
	"os"
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
	k := next()
	counts := make(map[int64]int64, n)
	for i := 0; i < n; i++ {
		counts[next()]++
	}
	var pairs int64
	for value, c := range counts {
		if k == 0 {
			pairs += c * (c - 1) / 2
		} else {
			// each pair is counted once, from its smaller value
			pairs += c * counts[value+k]
		}
	}
	fmt.Println(pairs)
}
