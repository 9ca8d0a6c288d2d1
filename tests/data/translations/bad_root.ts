<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html><body><p>Not a translation file</p></body></html>
