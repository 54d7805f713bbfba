package main
import (
	"bufio"
	"fmt"
	"os"
	"sort"
)
func main(){r:=bufio.NewReader(os.Stdin);var n,x int64;fmt.Fscan(r,&n);t:=[]int64{};for;n>0;n--{fmt.Fscan(r,&x);i:=sort.Search(len(t),func(j int)bool{return t[j]>=x});if i==len(t){t=append(t,x)}else{t[i]=x}};fmt.Println(len(t))}
