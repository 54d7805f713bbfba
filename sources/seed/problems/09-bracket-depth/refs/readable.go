// Maximum nesting depth of a bracket string, or -1 when it is not balanced.
package main

import (
	"bufio"
	"fmt"
	"os"
)

const unbalanced = -1

var openerOf = map[rune]rune{')': '(', ']': '[', '}': '{'}

func readBrackets() string {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	var length int
	var brackets string
	fmt.Fscan(reader, &length)
	if length > 0 {
		fmt.Fscan(reader, &brackets)
	}
	return brackets
}

// nestingDepth keeps the open brackets on a stack; a closer must match the most recent opener.
func nestingDepth(brackets string) int {
	openBrackets := []rune{}
	deepest := 0
	for _, bracket := range brackets {
		if opener, isCloser := openerOf[bracket]; isCloser {
			if len(openBrackets) == 0 || openBrackets[len(openBrackets)-1] != opener {
				return unbalanced
			}
			openBrackets = openBrackets[:len(openBrackets)-1]
		} else {
			openBrackets = append(openBrackets, bracket)
			if len(openBrackets) > deepest {
				deepest = len(openBrackets)
			}
		}
	}
	if len(openBrackets) > 0 {
		return unbalanced
	}
	return deepest
}

func main() {
	fmt.Println(nestingDepth(readBrackets()))
}
