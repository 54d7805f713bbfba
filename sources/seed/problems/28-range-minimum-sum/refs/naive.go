package main

import (
	"bufio"
	"fmt"
	"strconv"
	"os"
)

func main() {
	scanner := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	scanner.Split(bufio.ScanWords)
	nextInt := func() int {
		scanner.Scan()
		value, _ := strconv.Atoi(scanner.Text())
		return value
	}
	n, q := nextInt(), nextInt()
	a := make([]int64, n)
	for i := range a {
		a[i] = int64(nextInt())
	}
	var total int64
	for i := 0; i < q; i++ {
		left, right := nextInt(), nextInt()
		m := a[left-1]
		for j := left; j < right; j++ { // scan the whole range
			if a[j] < m {
				m = a[j]
			}
		}
		total += m
	}
	fmt.Println(total)
}
