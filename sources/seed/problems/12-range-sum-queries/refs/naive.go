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
	n, q := next(), next()
	a := make([]int64, n)
	for i := range a {
		a[i] = next()
	}
	var total, best int64
	for i := int64(0); i < q; i++ {
		left, right := next(), next()
		var answer int64
		for _, v := range a[left-1 : right] {
			answer += v
		}
		total += answer
		if i == 0 || answer > best {
			best = answer
		}
	}
	fmt.Println(total, best)
}
