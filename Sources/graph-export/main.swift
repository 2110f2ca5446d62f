print("graph-export")
