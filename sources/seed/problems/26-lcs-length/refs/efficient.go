package main

import (
	"bufio"
	"fmt"
	"os"
)

// lcsLength runs the dynamic programming row by row: row[j] = LCS of the current prefix of a and b[:j].
func lcsLength(a, b string) int {
	previous := make([]int, len(b)+1)
	current := make([]int, len(b)+1)
	for i := 0; i < len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i] == b[j-1] {
				current[j] = previous[j-1] + 1
			} else if current[j-1] > previous[j] {
				current[j] = current[j-1]
			} else {
				current[j] = previous[j]
			}
		}
		previous, current = current, previous // only the previous row is ever needed
	}
	return previous[len(b)]
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var a, b string
	fmt.Fscan(reader, &a, &b)
	fmt.Println(lcsLength(a, b))
}
