package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<16)
	var n int
	fmt.Fscan(reader, &n)
	list := make([]string, n)
	for i := range list {
		fmt.Fscan(reader, &list[i])
	}
	first := list[0]
	answer := 0
	// try every prefix length of the first string, longest first, checking all strings each time
	for length := len(first); length >= 0; length-- {
		all := true
		for _, s := range list {
			if !strings.HasPrefix(s, first[:length]) {
				all = false
				break
			}
		}
		if all {
			answer = length
			break
		}
	}
	fmt.Println(answer)
}
