package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
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
	tails := []int64{} // smallest tail per subsequence length
	for i := int64(0); i < n; i++ {
		x := next()
		k := sort.Search(len(tails), func(m int) bool { return tails[m] >= x })
		if k == len(tails) {
			tails = append(tails, x)
		} else {
			tails[k] = x
		}
	}
	fmt.Println(len(tails))
}
