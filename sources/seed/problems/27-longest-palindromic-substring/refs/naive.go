package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var s string
	fmt.Fscan(bufio.NewReaderSize(os.Stdin, 1<<16), &s)
	n := len(s)
	best := 0
	for c := 0; c < n; c++ {
		for _, start := range [2][2]int{{c, c}, {c, c + 1}} {
			left, right := start[0], start[1]
			for left >= 0 && right < n && s[left] == s[right] {
				left--
				right++
			}
			if right-left-1 > best {
				best = right - left - 1
			}
		}
	}
	fmt.Println(best)
}
