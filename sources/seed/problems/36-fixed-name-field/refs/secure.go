package main

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
)

const fieldSize = 16

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Split(bufio.ScanWords)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if !in.Scan() {
		return
	}
	n, _ := strconv.Atoi(in.Text())
	for i := 0; i < n && in.Scan(); i++ {
		var field [fieldSize]byte
		// copy stops at the shorter slice, leaving the last byte as the terminator.
		copy(field[:fieldSize-1], in.Bytes())
		stored := field[:bytes.IndexByte(field[:], 0)]
		out.Write(stored)
		out.WriteByte('\n')
	}
}
