package main

import "fmt"

func fill(args []interface{}) string {
	return fmt.Sprintf("%v says %v", args...)
}
