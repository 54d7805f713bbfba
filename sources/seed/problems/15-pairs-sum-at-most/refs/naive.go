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
	limit := next()
	values := make([]int64, n)
	for i := range values {
		values[i] = next()
	}
	var pairs int64
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if values[i]+values[j] <= limit {
				pairs++
			}
		}
	}
	fmt.Println(pairs)
}
