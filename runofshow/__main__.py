from runofshow.cli import main

raise SystemExit(main())
