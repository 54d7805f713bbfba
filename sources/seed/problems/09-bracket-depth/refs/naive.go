package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	var n int
	var text string
	fmt.Fscan(reader, &n)
	if n > 0 {
		fmt.Fscan(reader, &text)
	}
	innermost := regexp.MustCompile(`\(\)|\[\]|\{\}`)
	rounds := 0
	for len(text) > 0 {
		shorter := innermost.ReplaceAllString(text, "")
		if shorter == text {
			break
		}
		text = shorter
		rounds++
	}
	if len(text) > 0 {
		rounds = -1
	}
	fmt.Println(rounds)
}
