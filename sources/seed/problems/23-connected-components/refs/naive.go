package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	sc.Split(bufio.ScanWords)
	next := func() int { sc.Scan(); v, _ := strconv.Atoi(sc.Text()); return v }
	n, m := next(), next()
	us := make([]int, m)
	vs := make([]int, m)
	for i := 0; i < m; i++ {
		us[i], vs[i] = next(), next()
	}
	label := make([]int, n+1)
	for v := range label {
		label[v] = v
	}
	for changed := true; changed; { // push the smallest label across every edge until nothing changes
		changed = false
		for i := 0; i < m; i++ {
			u, v := us[i], vs[i]
			if label[u] < label[v] {
				label[v] = label[u]
				changed = true
			} else if label[v] < label[u] {
				label[u] = label[v]
				changed = true
			}
		}
	}
	count := 0
	for v := 1; v <= n; v++ {
		if label[v] == v {
			count++
		}
	}
	fmt.Println(count)
}
