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
	// monotonic deque of the window's possible maxima, kept in a ring of size k
	ringIndex := make([]int64, k)
	ringValue := make([]int64, k)
	var head, size, total int64
	for i := int64(0); i < n; i++ {
		value := next()
		if size > 0 && ringIndex[head] <= i-k {
			head = (head + 1) % k
			size--
		}
		for size > 0 && ringValue[(head+size-1)%k] <= value {
			size--
		}
		back := (head + size) % k
		ringIndex[back], ringValue[back] = i, value
		size++
		if i >= k-1 {
			total += ringValue[head]
		}
	}
	fmt.Println(total)
}
