package main

import "unsafe"

func bits(f float64) uint64 {
	return *(*uint64)(unsafe.Pointer(&f))
}
