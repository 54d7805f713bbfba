package main

import "fmt"

func cond(column string) string {
	return fmt.Sprintf("%s = ?", column)
}
