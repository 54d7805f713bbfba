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
	n, t := next(), next()
	a := make([]int64, n)
	for i := range a {
		a[i] = next()
	}
	var pairs int64
	for i := int64(0); i < n; i++ {
		for j := i + 1; j < n; j++ {
			if a[i]+a[j] == t {
				pairs++
			}
		}
	}
	fmt.Println(pairs)
}
