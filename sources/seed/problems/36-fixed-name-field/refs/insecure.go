package main

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"unsafe"
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
		name := in.Bytes()
		for j, b := range name {
			*(*byte)(unsafe.Pointer(uintptr(unsafe.Pointer(&field[0])) + uintptr(j))) = b
		}
		stored := field[:bytes.IndexByte(field[:], 0)]
		out.Write(stored)
		out.WriteByte('\n')
	}
}
