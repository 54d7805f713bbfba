package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

const maxValue = 1000000

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	next := func() int {
		sc.Scan()
		v, _ := strconv.Atoi(sc.Text())
		return v
	}
	n := next()
	tree := make([]int32, maxValue+1) // Fenwick tree: how many values seen so far are <= v
	var inversions int64
	for seen := 0; seen < n; seen++ {
		v := next()
		notGreater := 0
		for i := v; i > 0; i -= i & -i {
			notGreater += int(tree[i])
		}
		inversions += int64(seen - notGreater)
		for i := v; i <= maxValue; i += i & -i {
			tree[i]++
		}
	}
	fmt.Println(inversions)
}
