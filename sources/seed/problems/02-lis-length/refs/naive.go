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
	n := next()
	a := make([]int64, n)
	for i := range a {
		a[i] = next()
	}
	best := make([]int, n)
	answer := 0
	for i := range a {
		best[i] = 1
		for j := 0; j < i; j++ {
			if a[j] < a[i] && best[j]+1 > best[i] {
				best[i] = best[j] + 1
			}
		}
		if best[i] > answer {
			answer = best[i]
		}
	}
	fmt.Println(answer)
}
