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
	a := make([]int64, n)
	for i := range a {
		a[i] = next()
	}
	var best int64
	for i := int64(0); i+k <= n; i++ {
		var sum int64
		for j := i; j < i+k; j++ {
			sum += a[j]
		}
		if i == 0 || sum > best {
			best = sum
		}
	}
	fmt.Println(best)
}
