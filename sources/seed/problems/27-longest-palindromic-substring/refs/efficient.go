package main

import (
	"bufio"
	"fmt"
	"os"
)

// longestPalindromeLength runs Manacher's algorithm on s with '#' between letters, so odd and even
// palindromes look alike. radius[i] is how far the palindrome centred at i reaches; it equals its length in s.
func longestPalindromeLength(s string) int {
	t := make([]byte, 2*len(s)+1)
	for i := range t {
		t[i] = '#'
		if i%2 == 1 {
			t[i] = s[i/2]
		}
	}
	radius := make([]int, len(t))
	center, right, best := 0, 0, 0 // the palindrome reaching furthest right so far
	for i := range t {
		r := 0
		if i < right {
			r = radius[2*center-i] // reuse the mirror's radius
			if right-i < r {
				r = right - i
			}
		}
		for i-r-1 >= 0 && i+r+1 < len(t) && t[i-r-1] == t[i+r+1] {
			r++
		}
		radius[i] = r
		if i+r > right {
			center, right = i, i+r
		}
		if r > best {
			best = r
		}
	}
	return best
}

func main() {
	var s string
	fmt.Fscan(bufio.NewReaderSize(os.Stdin, 1<<16), &s)
	fmt.Println(longestPalindromeLength(s))
}
