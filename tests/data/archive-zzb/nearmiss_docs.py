# Articles that the unanswerable (near-miss) questions are about (copied into articles.jsonl)
R,B,G='reuters21578','bbc','agnews'
NEAR=[(R,'3325'),(R,'12965'),(R,'9001'),(R,'18566'),(G,'test-7439'),(B,'tech/152'),(R,'16199'),
      (G,'test-4538'),(R,'8166'),(G,'test-2981'),(B,'entertainment/125'),(R,'17492'),
      (R,'3177'),(R,'16652'),(R,'20510'),(B,'sport/399'),(G,'test-2417'),(B,'business/191'),
      (R,'19932'),(R,'8887'),(R,'5299'),(R,'12228'),
      (R,'11313'),(G,'test-6872'),(R,'11096'),(R,'4421')]
