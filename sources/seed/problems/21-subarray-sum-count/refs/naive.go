package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	next := func() int64 { sc.Scan(); v, _ := strconv.ParseInt(sc.Text(), 10, 64); return v }
	n := int(next())
	k := next()
	a := make([]int64, n)
	for i := range a {
		a[i] = next()
	}
	var count int64
	for i := 0; i < n; i++ {
		var s int64
		for j := i; j < n; j++ {
			s += a[j]
			if s == k {
				count++
			}
		}
	}
	fmt.Println(count)
}
