package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<16)
	var n int
	fmt.Fscan(reader, &n)
	a := make([]int64, n)
	for i := range a {
		fmt.Fscan(reader, &a[i])
	}
	var total int64
	for i := 0; i < n; i++ {
		found := int64(-1)
		for j := i + 1; j < n; j++ {
			if a[j] > a[i] {
				found = a[j]
				break
			}
		}
		total += found
	}
	fmt.Println(total)
}
