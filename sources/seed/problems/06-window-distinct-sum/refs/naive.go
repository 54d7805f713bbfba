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
	next := func() int {
		sc.Scan()
		v, _ := strconv.Atoi(sc.Text())
		return v
	}
	n, k := next(), next()
	values := make([]int, n)
	for i := range values {
		values[i] = next()
	}
	var total int64
	for start := 0; start+k <= n; start++ {
		seen := make(map[int]bool, k)
		for _, v := range values[start : start+k] {
			seen[v] = true
		}
		total += int64(len(seen))
	}
	fmt.Println(total)
}
