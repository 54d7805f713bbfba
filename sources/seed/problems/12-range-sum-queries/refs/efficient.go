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
	prefix := make([]int64, n+1)
	for i := int64(0); i < n; i++ {
		prefix[i+1] = prefix[i] + next()
	}
	var total, best int64
	for i := int64(0); i < q; i++ {
		left, right := next(), next()
		answer := prefix[right] - prefix[left-1]
		total += answer
		if i == 0 || answer > best {
			best = answer
		}
	}
	fmt.Println(total, best)
}
