package main

import "fmt"

func cond(column, value string) string {
	return fmt.Sprintf("%s = '%s'", column, value)
}
