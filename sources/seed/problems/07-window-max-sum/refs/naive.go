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
	values := make([]int64, n)
	for i := range values {
		values[i] = next()
	}
	var total int64
	for i := int64(0); i+k <= n; i++ {
		best := values[i]
		for _, v := range values[i : i+k] {
			if v > best {
				best = v
			}
		}
		total += best
	}
	fmt.Println(total)
}
