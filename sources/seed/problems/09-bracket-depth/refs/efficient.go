package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	var n int
	var text string
	fmt.Fscan(reader, &n)
	if n > 0 {
		fmt.Fscan(reader, &text)
	}
	opener := map[byte]byte{')': '(', ']': '[', '}': '{'}
	stack := []byte{}
	depth := 0
	broken := false
	for i := 0; i < len(text) && !broken; i++ {
		ch := text[i]
		if open, isCloser := opener[ch]; isCloser {
			if len(stack) == 0 || stack[len(stack)-1] != open {
				broken = true
			} else {
				stack = stack[:len(stack)-1]
			}
		} else {
			stack = append(stack, ch)
			if len(stack) > depth {
				depth = len(stack)
			}
		}
	}
	if broken || len(stack) > 0 {
		depth = -1
	}
	fmt.Println(depth)
}
