package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	data, _ := io.ReadAll(os.Stdin)
	fields := strings.Fields(string(data))
	n, _ := strconv.Atoi(fields[0])
	list := make([][]rune, n)
	for i := range list {
		list[i] = []rune(fields[1+i])
	}
	length := 0
	for {
		all := true
		for _, s := range list {
			if length >= len(s) || s[length] != list[0][length] {
				all = false
				break
			}
		}
		if !all {
			break
		}
		length++
	}
	fmt.Println(length)
}
